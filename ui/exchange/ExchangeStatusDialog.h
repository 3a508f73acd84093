#pragma once

#include <QDialog>

class Workspace;

// File → Exchange → Exchange status…: at a workstation, when it last sent a package and last had the bureau's
// answer, how many of its changes the bureau has not acknowledged, and its referrals that have not reached the
// bureau yet (with HTMC referrals awaiting the bureau's quota); at the bureau, its workstations at a glance.
class ExchangeStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ExchangeStatusDialog(Workspace& workspace, QWidget* parent = nullptr);
};
