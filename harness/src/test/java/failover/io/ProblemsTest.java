package failover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Failures in the user's words: no Java class names, no path (the message names the file itself). */
class ProblemsTest {
  @Test
  void fileSystemFailuresAreUserWords() {
    assertEquals("permission denied", Problems.of(new AccessDeniedException("/x/y")));
    assertEquals("no such file", Problems.of(new NoSuchFileException("/x/y")));
    assertEquals("is a directory", Problems.of(new FileSystemException("/x/y", null, "Is a directory")));
    assertEquals("too many open files", Problems.of(new FileSystemException("/x/y", null, "Too many open files")));
    assertEquals("not UTF-8 text", Problems.of(new MalformedInputException(1)));
    assertEquals("permission denied", Problems.of(new UncheckedIOException(new AccessDeniedException("/x"))));
  }

  @Test
  void javaInAMessageIsNotShown() {
    assertEquals("unexpected failure", Problems.of(new NullPointerException()));
    assertEquals("unexpected failure", Problems.of(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null")));
    assertEquals("unexpected failure", Problems.of(new IllegalStateException("java.lang.IllegalArgumentException: x")));
    assertEquals("input/output error", Problems.of(new IOException()));
    assertEquals("the pair is off", Problems.of(new IllegalStateException("the pair is off")));
  }

  @Test
  void jsonParserMessagesLoseTheParsersNames() {
    assertEquals("Non-standard token 'NaN'",
        Problems.json("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
    assertEquals("Document nesting depth (65) exceeds the maximum allowed (64)",
        Problems.json("Document nesting depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"));
    assertEquals("Unexpected character ('}'): was expecting double-quote to start field name",
        Problems.json("Unexpected character ('}' (code 125)): was expecting double-quote to start field name"));
    assertEquals("more data after the first JSON value", Problems.json("Trailing token (of type VALUE_NULL) found after value (bound as"
        + " `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"));
    assertEquals("Unexpected end-of-input: expected close marker for OBJECT",
        Problems.json("Unexpected end-of-input: expected close marker for OBJECT (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"));
  }
}
