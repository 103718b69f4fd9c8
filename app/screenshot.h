#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Wk {

class DashboardPage;
class Session;

// Waits until the shown dashboard has data (or a deadline passes), writes the window as PNG
// and quits: 0 when every panel had data, 3 when some did not (named on stderr), 1 when the
// file could not be written.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
public:
    using PageGetter = std::function<DashboardPage *()>;
    ScreenshotTaker(Session *session, QWidget *window, PageGetter currentPage, QString path,
                    QObject *parent = nullptr);
    void start();

private:
    void dataArrived();
    void capture();

    Session *m_session; // not owned
    QWidget *m_window;  // not owned
    PageGetter m_currentPage;
    QString m_path;
    bool m_done = false;
};

} // namespace Wk
