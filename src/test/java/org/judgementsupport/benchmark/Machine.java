package org.judgementsupport.benchmark;

/** What the figures were measured on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("%d cores, max heap %d MiB, %s %s (%s), %s", runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
