package vn.baocao.app;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A one-way converter for combo boxes: how a value is shown; typed text is not read back. */
public final class ShownAs {
    private ShownAs() {
    }

    public static <T> StringConverter<T> text(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : toText.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
