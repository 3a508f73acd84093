#pragma once

class Cli;

// abroad list, show, add, document, transition, decide, print, summary; abroad diseases / categories
// list and set.
void addAbroadCommands(Cli& cli);
