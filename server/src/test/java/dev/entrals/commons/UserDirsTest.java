package dev.entrals.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserDirsTest {

    @Test
    void homeComesFromTheEnvironmentBeforeUserHome() {
        UserDirs d = UserDirs.of(Map.of("HOME", "/scratch"), "/home/u", "Linux");
        assertEquals(new UserDirs(Path.of("/scratch"), Path.of("/scratch/.local/share"), Path.of("/scratch/.config"),
                Path.of("/scratch/.cache")), d);
    }

    @Test
    void userHomeWhenHomeIsUnsetBlankOrRelative() {
        for (Map<String, String> env : new Map[] {Map.of(), Map.of("HOME", " "), Map.of("HOME", "some/where")}) {
            assertEquals(Path.of("/home/u"), UserDirs.of(env, "/home/u", "Linux").home(), env.toString());
        }
    }

    @Test
    void absoluteXdgFoldersWinAndRelativeOnesAreIgnored() {
        UserDirs d = UserDirs.of(Map.of("HOME", "/h", "XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "conf",
                "XDG_CACHE_HOME", "/c/../cache"), "/home/u", "Linux");
        assertEquals(Path.of("/data"), d.dataHome());
        assertEquals(Path.of("/h/.config"), d.configHome());
        assertEquals(Path.of("/cache"), d.cacheHome());
    }

    @Test
    void windowsTakesUserHomeNotHome() {
        assertEquals(Path.of("/profile"), UserDirs.of(Map.of("HOME", "/msys/home"), "/profile", "Windows 11").home());
    }

    @Test
    void tildeExpandsOnlyAtTheStart() {
        UserDirs d = UserDirs.of(Map.of("HOME", "/h"), "/home/u", "Linux");
        assertEquals(Path.of("/h"), d.expandTilde("~"));
        assertEquals(Path.of("/h/docs/x"), d.expandTilde("~/docs/x"));
        assertEquals(Path.of("~user/docs"), d.expandTilde("~user/docs"));
        assertEquals(Path.of("/a/~/b"), d.expandTilde("/a/~/b"));
    }
}
