#include "widgets/funnelwidget.h"

#include "widgets/thememanager.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

FunnelWidget::FunnelWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        updateGeometry();
        update();
    });
}

void FunnelWidget::setTitle(const QString &title)
{
    m_title = title;
    refreshAccessibleText();
    update();
}

void FunnelWidget::setUnit(Unit unit)
{
    m_unit = unit;
    refreshAccessibleText();
    update();
}

void FunnelWidget::setStages(const QList<Stage> &stages)
{
    m_stages = stages;
    refreshAccessibleText();
    updateGeometry();
    update();
}

double FunnelWidget::conversion(int index) const
{
    if (index < 1 || index >= m_stages.size())
        return std::numeric_limits<double>::quiet_NaN();
    const double before = m_stages.at(index - 1).value;
    if (before == 0 || std::isnan(before))
        return std::numeric_limits<double>::quiet_NaN();
    return m_stages.at(index).value / before;
}

double FunnelWidget::overallConversion() const
{
    if (m_stages.size() < 2 || m_stages.first().value == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return m_stages.last().value / m_stages.first().value;
}

QString FunnelWidget::conversionText(int index) const
{
    return QStringLiteral("\u2193 ") + formatValue(conversion(index), Unit::PercentRatio);
}

void FunnelWidget::refreshAccessibleText()
{
    setAccessibleName(m_title);
    QStringList parts;
    for (int i = 0; i < m_stages.size(); ++i) {
        QString part =
            m_stages.at(i).name + QStringLiteral(": ") + formatValue(m_stages.at(i).value, m_unit);
        if (i > 0)
            part += QStringLiteral(" (") + formatValue(conversion(i), Unit::PercentRatio) +
                    QStringLiteral(")");
        parts << part;
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QSize FunnelWidget::sizeHint() const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics fm(th.font(th.normalPt));
    const QFontMetrics title(th.font(th.titlePt, true));
    const int stages = int(std::max<qsizetype>(m_stages.size(), 3));
    return QSize(fm.averageCharWidth() * 44, 2 * th.padding + title.height() + th.spacing +
                                                 stages * (fm.height() + 2 * th.spacing) +
                                                 (stages - 1) * fm.height() + fm.height() +
                                                 th.spacing);
}

QSize FunnelWidget::minimumSizeHint() const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics fm(th.font(th.normalPt));
    return QSize(fm.averageCharWidth() * 24, sizeHint().height() * 2 / 3);
}

void FunnelWidget::paintEvent(QPaintEvent *)
{
    const Theme &th = ThemeManager::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), th.window);
    const QRectF tile = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(th.border, 1));
    p.setBrush(th.surface);
    p.drawRoundedRect(tile, th.radius, th.radius);

    const QRect area = rect().adjusted(th.padding, th.padding, -th.padding, -th.padding);
    int y = area.top();
    if (!m_title.isEmpty()) {
        const QFont f = th.font(th.titlePt, true);
        const QFontMetrics fm(f);
        p.setFont(f);
        p.setPen(th.textMuted);
        p.drawText(QRect(area.left(), y, area.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_title, Qt::ElideRight, area.width()));
        y += fm.height() + th.spacing;
    }
    const QFont font = th.font(th.normalPt);
    const QFont bold = th.font(th.normalPt, true);
    const QFontMetrics fm(font);
    if (m_stages.isEmpty()) {
        p.setFont(font);
        p.setPen(th.textMuted);
        p.drawText(area.adjusted(0, y - area.top(), 0, 0), Qt::AlignCenter, tr("No data"));
        return;
    }

    // Rows share the height: n bars, n-1 conversion lines, one overall line.
    const int n = int(m_stages.size());
    const int lineHeight = fm.height();
    const int barHeight =
        std::max(lineHeight + th.spacing, (area.bottom() - y - n * lineHeight) / std::max(1, n));
    double first = m_stages.first().value;
    double maxValue = 0;
    for (const Stage &s : m_stages)
        if (std::isfinite(s.value))
            maxValue = std::max(maxValue, s.value);
    if (!(first > 0))
        first = maxValue;
    // Stage names in a column on the left; bars centred in the rest, values on or beside them.
    int nameWidth = 0;
    for (const Stage &st : m_stages)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(st.name));
    nameWidth = std::min(nameWidth, int(area.width() * 0.35));
    const QRect bars(area.left() + nameWidth + th.spacing, area.top(),
                     std::max(1, area.width() - nameWidth - th.spacing), area.height());
    const QFontMetrics boldFm(bold);
    const double minWidth = th.spacing;
    for (int i = 0; i < n; ++i) {
        const Stage &st = m_stages.at(i);
        if (i > 0) {
            p.setFont(font);
            p.setPen(th.textMuted);
            p.drawText(QRect(bars.left(), y, bars.width(), lineHeight), Qt::AlignCenter,
                       conversionText(i));
            y += lineHeight;
        }
        const double frac = maxValue > 0 && std::isfinite(st.value)
                                ? std::clamp(st.value / maxValue, 0.0, 1.0)
                                : 0.0;
        const double w = std::max(minWidth, frac * bars.width());
        const QRectF bar(bars.center().x() - w / 2, y + th.spacing / 2.0, w,
                         barHeight - th.spacing);
        p.setFont(font);
        p.setPen(th.text);
        p.drawText(QRectF(area.left(), bar.top(), nameWidth, bar.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(st.name, Qt::ElideRight, nameWidth));
        p.setPen(Qt::NoPen);
        p.setBrush(th.seriesColour(0));
        p.drawRoundedRect(bar, th.radius / 2.0, th.radius / 2.0);
        // The value inside the bar when it fits (light on the series colour), else beside it.
        const QString value = formatValue(st.value, m_unit);
        p.setFont(bold);
        if (boldFm.horizontalAdvance(value) + 2 * th.spacing <= bar.width()) {
            p.setPen(th.dark ? QColor(Qt::black) : QColor(Qt::white));
            p.drawText(bar, Qt::AlignCenter, value);
        } else {
            p.setPen(th.text);
            p.drawText(QRectF(bar.right() + th.spacing, bar.top(), bars.right() - bar.right(),
                              bar.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        y += barHeight;
    }
    if (n >= 2) {
        p.setFont(bold);
        p.setPen(th.text);
        p.drawText(QRect(bars.left(), y, bars.width(), lineHeight), Qt::AlignCenter,
                   tr("overall %1").arg(formatValue(overallConversion(), Unit::PercentRatio)));
    }
}

} // namespace Wk
