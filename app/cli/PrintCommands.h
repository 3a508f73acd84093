#pragma once

class Cli;

// print referral|queue|beds|contacts|refusals to a PDF file; bureau show|set (the printouts' heading).
void addPrintCommands(Cli& cli);
