package vn.baocao.cli;

import picocli.CommandLine;

/** A command that only groups subcommands ("db", "values" …): run alone, it prints its help. */
@CommandLine.Command
abstract class GroupCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
