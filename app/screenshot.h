#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Wk {

class Session;

// Waits until the shown dashboard has data (or a deadline passes), writes the window as PNG
// and quits: 0 when every panel had data, 3 when some did not (named on stderr), 1 when the
// file could not be written.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(Session *session, QWidget *window, QString path, QObject *parent = nullptr);
    void start();

private:
    void dataArrived();
    void capture();

    Session *m_session; // not owned
    QWidget *m_window;  // not owned
    QString m_path;
    bool m_done = false;
};

} // namespace Wk
