#pragma once

class Cli;

// exchange enroll|join|export|import|conflicts|resolve|status|workstations|pending|parked|sync|retire: offline
// workstations and the bureau exchanging their work in signed packages.
void addExchangeCommands(Cli& cli);
