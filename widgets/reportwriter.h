#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace Wk {

class Clock;
class DashboardRunner;

// Writes a dashboard as a paginated PDF for people who read reports, not screens: a first
// page with the key figures against their targets, then the charts, two to a page.
// The runner must have answered (every panel past loading) before write() is called.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Wk::ReportWriter)
public:
    ReportWriter(DashboardRunner *runner, QAbstractItemModel *health, Clock *clock);

    void setSource(const QString &source) { m_source = source; } // "CloudGreet (simulated)"
    Result<int> write(const QString &pdfPath) const;             // the number of pages

private:
    DashboardRunner *m_runner;    // not owned
    QAbstractItemModel *m_health; // not owned
    Clock *m_clock;               // not owned
    QString m_source;
};

} // namespace Wk
