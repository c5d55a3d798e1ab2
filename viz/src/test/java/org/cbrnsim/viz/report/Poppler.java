package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The poppler-utils command-line tools the PDF tests use; a test fails (never skips) when they are missing. */
final class Poppler {

    private Poppler() {
    }

    /** The pages of {@code pdf} as images, rendered by {@code pdftoppm -png -r 50} into {@code workDir}. */
    static List<BufferedImage> pages(Path pdf, Path workDir) throws IOException, InterruptedException {
        run(List.of(tool("pdftoppm"), "-png", "-r", "50", pdf.toString(), workDir.resolve("page").toString()));
        List<BufferedImage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.png")).sorted().toList()) {
                pages.add(ImageIO.read(file.toFile()));
            }
        }
        return pages;
    }

    /** The text of {@code pdf}, by {@code pdftotext}. */
    static String text(Path pdf, Path workDir) throws IOException, InterruptedException {
        Path text = workDir.resolve("text.txt");
        run(List.of(tool("pdftotext"), "-enc", "UTF-8", pdf.toString(), text.toString()));
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /** The share of pixels that are not (nearly) white. */
    static double inkShare(BufferedImage page) {
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int darkest = Math.min(Math.min((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF), rgb & 0xFF);
                if (darkest < 200) {
                    ink++;
                }
            }
        }
        return ink / (double) ((long) page.getWidth() * page.getHeight());
    }

    private static String tool(String name) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail(name + " (poppler-utils) is not installed: the PDF report test needs it to render the pages "
                + "(Debian/Ubuntu: apt-get install poppler-utils)");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed: " + output);
    }
}
