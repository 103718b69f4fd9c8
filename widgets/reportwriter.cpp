#include "reportwriter.h"

#include "panelview.h"
#include "theme.h"
#include "thememanager.h"
#include "timeserieschart.h"

#include "models/core/clock.h"
#include "models/core/duration.h"
#include "models/dashboards/dashboardrunner.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace Wk {

namespace {

bool isKpi(const Panel &p)
{
    return p.type == Panel::Type::Stat || p.type == Panel::Type::Gauge;
}

bool isChart(const Panel &p)
{
    return p.type == Panel::Type::TimeSeries || p.type == Panel::Type::Bar ||
           p.type == Panel::Type::Funnel || p.type == Panel::Type::Status;
}

} // namespace

ReportWriter::ReportWriter(DashboardRunner *runner, QAbstractItemModel *health, Clock *clock)
    : m_runner(runner)
    , m_health(health)
    , m_clock(clock)
{}

Result<int> ReportWriter::write(const QString &pdfPath) const
{
    const Dashboard &d = m_runner->dashboard();
    QPdfWriter pdf(pdfPath);
    pdf.setTitle(tr("%1 report").arg(d.title));
    pdf.setCreator(QStringLiteral("Watchkeeper " WK_VERSION));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error(tr("cannot write the report to %1").arg(pdfPath));

    const Theme theme = Theme::desktop(); // paper is light whatever the screen shows
    const QRect page = painter.viewport();
    const qreal scale = pdf.resolution() / 96.0; // widget pixels to PDF device pixels
    const auto font = [&](int pt, bool bold = false) {
        QFont f = theme.font(pt, bold);
        f.setPointSizeF(pt); // QPdfWriter maps points by its own resolution
        return f;
    };
    int pages = 1;
    const QLocale locale;
    const qint64 now = m_clock->nowMs();
    const qint64 range = m_runner->rangeMs();
    const auto stamp = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };

    const auto footer = [&] {
        painter.setFont(font(8));
        painter.setPen(theme.textMuted);
        painter.drawText(page.adjusted(0, 0, 0, 0), Qt::AlignBottom | Qt::AlignRight,
                         tr("Watchkeeper · %1 · page %2").arg(d.title).arg(pages));
    };

    // Page 1: the key figures against their targets.
    painter.setPen(theme.text);
    painter.setFont(font(22, true));
    int y = 0;
    const int titleH = int(painter.fontMetrics().height() * 1.3);
    painter.drawText(QRect(0, y, page.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 report").arg(d.title));
    y += titleH;
    painter.setFont(font(10));
    painter.setPen(theme.textMuted);
    const QString subtitle =
        tr("%1 to %2 (%3)%4 · audience: %5")
            .arg(stamp(now - range), stamp(now), humanAge(range),
                 m_source.isEmpty() ? QString() : QStringLiteral(" · ") + m_source,
                 d.audience.isEmpty() ? tr("everyone") : d.audience);
    const int lineH = int(painter.fontMetrics().height() * 1.4);
    painter.drawText(QRect(0, y, page.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    y += lineH * 2;

    // The KPI table: figure, value, target, status.
    const int cols[] = {0, int(page.width() * 0.40), int(page.width() * 0.58),
                        int(page.width() * 0.78)};
    painter.setFont(font(11, true));
    painter.setPen(theme.text);
    const int rowH = int(painter.fontMetrics().height() * 1.8);
    const QStringList heads{tr("Key figure"), tr("Value"), tr("Target"), tr("Status")};
    for (int c = 0; c < 4; ++c)
        painter.drawText(QRect(cols[c], y, page.width() / 4, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter, heads[c]);
    y += rowH;
    painter.setPen(QPen(theme.border, 2));
    painter.drawLine(0, y, page.width(), y);
    int kpis = 0;
    for (int i = 0; i < d.panels.size(); ++i) {
        const Panel &p = d.panels[i];
        if (!isKpi(p))
            continue;
        const PanelData &data = m_runner->data(i);
        const double v =
            data.instant.isEmpty() ? std::nan("") : PanelView::singleValue(data.instant.first());
        const Unit unit = PanelView::unit(p);
        const HealthStatus status = thresholdStatus(
            v, PanelView::thresholds(p),
            p.lowerIsWorse ? ThresholdDirection::LowerIsWorse : ThresholdDirection::HigherIsWorse);
        QString target = p.target ? formatValue(*p.target, unit) : tr("—");
        if (p.target && !p.targetLabel.isEmpty())
            target = p.targetLabel;
        const QString cells[] = {
            p.title, data.state == PanelData::State::Ok ? formatValue(v, unit) : tr("no data"),
            target, p.thresholds.isEmpty() ? tr("—") : Theme::statusLabel(status)};
        painter.setFont(font(11));
        for (int c = 0; c < 4; ++c) {
            painter.setPen(c == 3 && !p.thresholds.isEmpty() ? theme.statusColour(status)
                                                             : theme.text);
            painter.drawText(QRect(cols[c], y, page.width() / 3, rowH),
                             Qt::AlignLeft | Qt::AlignVCenter, cells[c]);
        }
        y += rowH;
        painter.setPen(QPen(theme.grid, 1));
        painter.drawLine(0, y, page.width(), y);
        ++kpis;
    }
    if (kpis == 0) {
        painter.setPen(theme.textMuted);
        painter.drawText(QRect(0, y, page.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("This dashboard has no key figures; its charts follow."));
    }
    footer();

    // Then the charts, two to a page, rendered by the same panel widgets the screen uses.
    const QSize panelSize(1100, 330);
    int onPage = 2; // forces a new page first
    int top = 0;
    for (int i = 0; i < d.panels.size(); ++i) {
        const Panel &p = d.panels[i];
        if (!isChart(p) && !(isKpi(p) && p.type == Panel::Type::Stat))
            continue;
        if (onPage == 2) {
            pdf.newPage();
            ++pages;
            onPage = 0;
            top = 0;
            footer();
        }
        PanelView view(p, m_health, m_clock);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(panelSize);
        view.show();
        view.apply(m_runner->data(i));
        if (view.chart())
            view.chart()->setInteractive(false);
        view.ensurePolished();
        // Let the chart lay out at its size, rebuild, and lay out its axes again.
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::processEvents();
            if (view.chart())
                view.chart()->refreshNow();
        }
        const qreal s = std::min(page.width() / qreal(panelSize.width()),
                                 (page.height() / 2.0 - 20 * scale) / panelSize.height());
        painter.save();
        painter.translate(0, top);
        painter.scale(s, s);
        view.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        top += int(panelSize.height() * s + 20 * scale);
        ++onPage;
    }
    painter.end();
    return pages;
}

} // namespace Wk
