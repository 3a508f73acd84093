#pragma once

class Cli;

// init, version, regions list, contacts list.
void addReferenceCommands(Cli& cli);
