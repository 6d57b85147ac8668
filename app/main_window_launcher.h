#pragma once

namespace sb {

// Runs the application window: argv may name a workshop (.vsmap) or interchange JSON to open.
int launchMainWindow(int argc, char** argv);

} // namespace sb
