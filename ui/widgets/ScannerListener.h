#pragma once

#include <QElapsedTimer>
#include <QObject>

// Recognises a barcode or QR scanner, which types like a very fast keyboard and ends with Enter, while
// the clerk is not typing into a field (browsing a list, say), and hands over what it typed. Keys typed
// into a text field are left alone.
class ScannerListener : public QObject
{
    Q_OBJECT

public:
    explicit ScannerListener(QObject* parent = nullptr);

    // Keys closer together than this belong to one burst; people do not type that fast.
    static constexpr int MaxGapMs = 50;
    static constexpr int MinLength = 8;

signals:
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
};
