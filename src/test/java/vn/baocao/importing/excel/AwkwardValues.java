package vn.baocao.importing.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Numbers that trip up number formatting: rounding ties, 15- vs 17-digit forms, tiny and huge magnitudes. */
final class AwkwardValues {
    private AwkwardValues() {
    }

    static final List<Double> FIXED = List.of(0.0, -0.0, 1.0, -1.0, 0.1 + 0.2, 0.1, 0.3, 1e-7, -1e-7, 1e-10, 1.5e-10,
            1e-11, 1e15, -1e15, 1e16, 1e21, 123456789.123456789, 1234567.891, -1234567.891, 8599.376, 1435.0, 15718.0,
            0.5, -0.5, 1.005, 2.675, 1.45, 1.55, 0.125, 0.0125, -0.001, -0.005, -0.0049, 0.0312, -0.0035, 1.2587,
            12345.6789, 99999.995, 0.995, 9.995, 1e10, 1e10 + 0.5, 9_999_999_999.5, 99_999_999_999.5, 1e11, 1e11 - 1,
            45306.0, 45306.5, 0.75, 0.999999999, -5.0, 60.0, 61.0, 2958465.0, 2958466.0, 1.0 / 3, 2.0 / 3, -2.0 / 3,
            1e300, -1e300, 4.35, 4.345, 0.000123456789123, 9.999999999e9, 3.0000000001, 0.30000000000000004,
            0.1 * 3, 1.1 * 1.1, 5e-324, Double.MAX_VALUE, 1234567890123456789.0, 100.0, 0.07, 0.035, 0.045,
            1.0000000005, 12.3456789012, 0.00001234567, 123.456e-9, 2.5e-8, 987654321.987654321, 0.9999999999,
            -0.99999999995, 0.015, 0.025, 1.015, 1.025, 8.675, 1.0E-5, 2.0E-3, 5.0E-4);

    /** The fixed values plus seeded random ones over many magnitudes, some of them exact decimal ties. */
    static List<Double> all(int randomCount) {
        List<Double> values = new ArrayList<>(FIXED);
        Random random = new Random(20240115L);
        for (int i = 0; i < randomCount; i++) {
            int exponent = random.nextInt(30) - 13;
            double magnitude = Math.pow(10, exponent);
            double value = switch (i % 3) {
                case 0 -> random.nextDouble() * magnitude;
                case 1 -> Math.round(random.nextDouble() * 100_000) / 1000.0 + 0.0005; // ties for 3 decimals
                default -> (random.nextInt(2_000_001) - 1_000_000) / Math.pow(10, random.nextInt(8)) + 0.005;
            };
            values.add(random.nextBoolean() ? value : -value);
        }
        return values;
    }
}
