package app.refill.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.ui.EditorViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How the build compiles the product's code, where that matters to the UI thread. */
class CompiledCodeTest {
    @Test
    void stringConcatenationIsCompiledToPlainCallsNotInvokedynamic() throws Exception {
        Path classes = Path.of(EditorViewModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("app/refill"))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 100, "found the product's classes in " + classes);
        // each invokedynamic concatenation is linked on first use: milliseconds on the UI thread per label
        List<Path> indy = files.stream().filter(CompiledCodeTest::concatenatesThroughInvokedynamic).toList();
        assertEquals(List.of(), indy, "compiled without -XDstringConcat=inline");
    }

    private static boolean concatenatesThroughInvokedynamic(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("java/lang/invoke/StringConcatFactory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
