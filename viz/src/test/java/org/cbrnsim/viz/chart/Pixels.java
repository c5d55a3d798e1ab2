package org.cbrnsim.viz.chart;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/** What a person would see in a PNG: its size, how many colours, how much is not white, pixels of a kind of colour. */
final class Pixels {

    private final BufferedImage image;

    private Pixels(BufferedImage image) {
        this.image = image;
    }

    static Pixels of(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG image");
            }
            return new Pixels(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    int distinctColours() {
        Set<Integer> colours = new HashSet<>();
        forEach(colours::add);
        return colours.size();
    }

    /** The share of pixels that are not (nearly) white. */
    double inkedShare() {
        return (double) count(rgb -> red(rgb) < 245 || green(rgb) < 245 || blue(rgb) < 245) / (width() * height());
    }

    /** Pixels whose colour passes the test (given the packed RGB). */
    int count(IntPredicate test) {
        return count(test, new Rectangle(0, 0, width(), height()));
    }

    /** Pixels inside {@code region} whose colour passes the test. */
    int count(IntPredicate test, Rectangle region) {
        Rectangle inside = region.intersection(new Rectangle(0, 0, width(), height()));
        int n = 0;
        for (int y = inside.y; y < inside.y + inside.height; y++) {
            for (int x = inside.x; x < inside.x + inside.width; x++) {
                if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }

    private void forEach(java.util.function.IntConsumer action) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                action.accept(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }
}
