package org.cbrnsim.app;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the engine version from the jar manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"cbrnsim " + (version == null ? "(development build)" : version)};
    }
}
