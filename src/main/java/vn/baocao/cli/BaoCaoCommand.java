package vn.baocao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code baocao [--db FILE] COMMAND}. */
@Command(name = "baocao", mixinStandardHelpOptions = true, version = "BaoCao 0.1.0",
        description = "Chỉ tiêu kinh tế - xã hội và văn bản hành chính theo Nghị định 30/2020/NĐ-CP.")
public final class BaoCaoCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static int run(String... args) {
        return new CommandLine(new BaoCaoCommand()).execute(args);
    }
}
