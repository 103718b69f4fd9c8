#include "screenshot.h"

#include "session.h"

#include "models/dashboards/dashboardrunner.h"
#include "models/sources/collector.h"
#include "widgets/dashboardpage.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace Wk {

ScreenshotTaker::ScreenshotTaker(Session *session, QWidget *window, PageGetter currentPage,
                                 QString path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_currentPage(std::move(currentPage))
    , m_path(std::move(path))
{}

void ScreenshotTaker::start()
{
    connect(m_session->collector(), &Collector::firstRoundDone, this,
            &ScreenshotTaker::dataArrived);
    // A service that never answers still gets its picture: it shows what a user would see.
    QTimer::singleShot(30'000, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::dataArrived()
{
    DashboardPage *page = m_currentPage();
    if (!page) {
        // A tool tab (alerts, incidents, ...): let the layouts take the first data's texts.
        QTimer::singleShot(300, this, &ScreenshotTaker::capture);
        return;
    }
    DashboardRunner *runner = page->runner();
    connect(runner, &DashboardRunner::panelUpdated, this, [this, runner] {
        for (int i = 0; i < runner->panelCount(); ++i) {
            if (runner->data(i).state == PanelData::State::Loading)
                return;
        }
        // Let the page's coalesced repaint run before grabbing.
        QTimer::singleShot(300, this, &ScreenshotTaker::capture);
    });
    runner->refresh();
}

void ScreenshotTaker::capture()
{
    if (m_done)
        return;
    m_done = true;
    QTextStream err(stderr);
    int code = 0;
    if (DashboardPage *page = m_currentPage()) {
        page->refreshNow();
        const QStringList problems = page->runner()->panelProblems();
        if (!problems.isEmpty()) {
            err << tr("watchkeeper: some panels have no data:") << Qt::endl;
            for (const QString &p : problems)
                err << QStringLiteral("  ") << p << Qt::endl;
            code = 3;
        }
    }
    if (!m_window->grab().save(m_path, "PNG")) {
        err << tr("watchkeeper: cannot write screenshot %1").arg(m_path) << Qt::endl;
        code = 1;
    } else {
        QTextStream(stdout) << tr("screenshot written to %1").arg(m_path) << Qt::endl;
    }
    QCoreApplication::exit(code);
}

} // namespace Wk
