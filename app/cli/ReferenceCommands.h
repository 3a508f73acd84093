#pragma once

class Cli;

// init, version, regions list, contacts list, documents list, refusal-reasons list.
void addReferenceCommands(Cli& cli);
