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
            return "Thiếu " + names(missing.getMissing()) + ".";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String what = args.isEmpty() ? "" : " " + args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
            List<String> suggestions = unmatched.getSuggestions();
            return (args.size() > 1 ? "Không hiểu các tham số" : "Không hiểu tham số") + what + "."
                    + (suggestions.isEmpty() ? "" : " Có phải ý bạn là: " + String.join(", ", suggestions) + "?");
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " được cho nhiều lần; chỉ cho một lần.";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "Thừa tham số: lệnh này không nhận nhiều giá trị như vậy.";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "Các tùy chọn này không dùng cùng nhau được.";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Giá trị \"" + e.getValue() + "\" không hợp lệ cho " + name(e.getArgSpec()) + ".";
        }
        if (e.getArgSpec() != null) {
            return "Giá trị không hợp lệ cho " + name(e.getArgSpec()) + ".";
        }
        return "Lệnh không đúng cú pháp.";
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return "tùy chọn " + option.longestName() + (option.paramLabel() == null || option.arity().max == 0 ? ""
                    : " " + option.paramLabel());
        }
        if (spec instanceof PositionalParamSpec positional) {
            return "tham số " + positional.paramLabel();
        }
        return "tham số";
    }
}
