#pragma once

class Cli;

// hospitals list, profiles list, referrals add|show|transition|document, import icd10, export referrals.
void addReferralCommands(Cli& cli);
