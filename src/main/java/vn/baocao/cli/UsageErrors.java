package vn.baocao.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own messages for a mistyped command line ("Missing required parameter", "Unknown option") said in
 * Vietnamese; the English original goes to the log only. Picocli has no resource bundle for these messages, so
 * each kind of mistake it reports is recognised by its exception type.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return CliText.get("usageErrors.thieu", names(missing.getMissing()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String what = args.isEmpty() ? "" : " " + args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
            List<String> suggestions = unmatched.getSuggestions();
            return (args.size() > 1 ? CliText.get("usageErrors.khongHieuCacTham") : CliText.get("usageErrors.khongHieuThamSo")) + what + "."
                    + (suggestions.isEmpty() ? "" : CliText.get("usageErrors.coPhaiYBan", String.join(", ", suggestions)));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return CliText.get("usageErrors.duocChoNhieuLan", name(overwritten.getOverwritten()));
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return CliText.get("usageErrors.thuaThamSoLenh");
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return CliText.get("usageErrors.cacTuyChonNay");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return CliText.get("usageErrors.giaTriKhongHop", e.getValue(), name(e.getArgSpec()));
        }
        if (e.getArgSpec() != null) {
            return CliText.get("usageErrors.giaTriKhongHop2", name(e.getArgSpec()));
        }
        return CliText.get("usageErrors.lenhKhongDungCu");
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return CliText.get("usageErrors.tuyChon", option.longestName(), (option.paramLabel() == null || option.arity().max == 0 ? ""
                    : " " + option.paramLabel()));
        }
        if (spec instanceof PositionalParamSpec positional) {
            return CliText.get("usageErrors.thamSo", positional.paramLabel());
        }
        return CliText.get("usageErrors.thamSo2");
    }
}
