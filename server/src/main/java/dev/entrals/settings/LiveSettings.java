package dev.entrals.settings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The settings in force, swapped atomically on each change; listeners hear of every change that alters them. */
public final class LiveSettings {

    /** Told when the settings changed, with the old and the new ones. */
    @FunctionalInterface
    public interface Listener {
        /** Called after {@code now} replaced {@code old}; a listener's failure is logged and does not stop others. */
        void settingsChanged(EntraSettings old, EntraSettings now);
    }

    private static final Logger LOG = Logger.getLogger(LiveSettings.class.getName());

    private final AtomicReference<EntraSettings> current;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public LiveSettings(EntraSettings initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** The settings in force now. */
    public EntraSettings get() {
        return current.get();
    }

    /** Adds a listener called on every later change. */
    public void onChange(Listener listener) {
        listeners.add(listener);
    }

    /** Puts {@code now} in force and tells the listeners, unless it equals what is in force. */
    public void update(EntraSettings now) {
        EntraSettings old = current.getAndSet(now);
        if (old.equals(now)) {
            return;
        }
        for (Listener l : listeners) {
            try {
                l.settingsChanged(old, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a settings listener failed: " + e, e);
            }
        }
    }
}
