package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives data rows a level and a path. A row's numbering class comes from a prefix written in its name
 * ("1.1.2.Lúa", "- Diện tích"), else from its STT cell, else from leading spaces of the name. Classes are
 * nested in the order they first appear under a parent: a class already on the stack closes the deeper levels
 * (a sibling), a new class opens a deeper level (a child). A row without numbering stays at the previous level.
 */
final class RowHierarchyBuilder {
    private record Level(Object tokenClass, String name) {
    }

    private final List<Level> stack = new ArrayList<>();

    /** The level (1-based) and path for the next row, in sheet order. */
    Placement place(SttToken token, int indent, String name) {
        Object tokenClass = token != null ? token.tokenClass() : indent > 0 ? "indent:" + indent : null;
        if (tokenClass == null) {
            tokenClass = stack.isEmpty() ? "none" : stack.get(stack.size() - 1).tokenClass();
        }
        int existing = -1;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).tokenClass().equals(tokenClass)) {
                existing = i;
                break;
            }
        }
        if (existing >= 0) {
            while (stack.size() > existing) {
                stack.remove(stack.size() - 1);
            }
        }
        stack.add(new Level(tokenClass, name));
        List<String> path = new ArrayList<>();
        for (Level level : stack) {
            path.add(level.name());
        }
        return new Placement(stack.size(), path);
    }

    record Placement(int level, List<String> path) {
    }
}
