#pragma once

// Starts the GUI: reads --db and --lang, installs the language, opens the database (creating it on first
// start) and shows the main window. A database that cannot be opened is explained, not crashed on.
namespace Application {
int run(int argc, char* argv[]);
}
