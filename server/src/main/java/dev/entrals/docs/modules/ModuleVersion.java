package dev.entrals.docs.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A module version as PowerShell's {@code [version]} reads a version folder name: two to four dot-separated
 * numbers ({@code 1.0}, {@code 0.12.0.3}); compared number by number, so {@code 1.10.0} is newer than {@code 1.9.2}.
 */
public record ModuleVersion(List<Integer> parts) implements Comparable<ModuleVersion> {

    public ModuleVersion {
        parts = List.copyOf(parts);
    }

    /** The version a folder name stands for, or empty when it is not a version (e.g. {@code en-US}). */
    public static Optional<ModuleVersion> parse(String text) {
        String[] bits = text.trim().split("\\.", -1);
        if (bits.length < 2 || bits.length > 4) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String b : bits) {
            if (b.isEmpty() || b.length() > 9 || !b.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            parts.add(Integer.parseInt(b));
        }
        return Optional.of(new ModuleVersion(parts));
    }

    @Override
    public int compareTo(ModuleVersion o) {
        for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
            int a = i < parts.size() ? parts.get(i) : -1;
            int b = i < o.parts.size() ? o.parts.get(i) : -1;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }
}
