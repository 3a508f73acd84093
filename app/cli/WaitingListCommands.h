#pragma once

class Cli;

// lookup, queue, capacity set, beds list|set|history, import hospitals|beds, holidays list|add|remove,
// dashboard.
void addWaitingListCommands(Cli& cli);
