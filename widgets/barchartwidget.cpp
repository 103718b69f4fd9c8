#include "widgets/barchartwidget.h"

#include "widgets/thememanager.h"

#include <algorithm>
#include <cmath>

namespace Wk {

BarChartWidget::BarChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        updateGeometry();
        update();
    });
}

void BarChartWidget::setTitle(const QString &title)
{
    m_title = title;
    refreshAccessibleText();
    update();
}

void BarChartWidget::setUnit(Unit unit)
{
    m_unit = unit;
    refreshAccessibleText();
    update();
}

void BarChartWidget::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    refreshAccessibleText();
    updateGeometry();
    update();
}

void BarChartWidget::setThresholds(const QList<Threshold> &thresholds, ThresholdDirection direction)
{
    m_thresholds = thresholds;
    m_direction = direction;
    refreshAccessibleText();
    update();
}

void BarChartWidget::setSortDescending(bool sort)
{
    m_sort = sort;
    refreshAccessibleText();
    update();
}

QList<BarChartWidget::Bar> BarChartWidget::shownBars() const
{
    QList<Bar> out = m_bars;
    if (m_sort)
        std::stable_sort(out.begin(), out.end(), [](const Bar &a, const Bar &b) {
            // NaN sorts last.
            if (std::isnan(a.value) != std::isnan(b.value))
                return std::isnan(b.value);
            return a.value > b.value;
        });
    return out;
}

int BarChartWidget::rowHeight() const
{
    const Theme &th = ThemeManager::current();
    return QFontMetrics(th.font(th.normalPt)).height() + th.spacing;
}

int BarChartWidget::headerHeight() const
{
    const Theme &th = ThemeManager::current();
    return m_title.isEmpty() ? 0 : QFontMetrics(th.font(th.titlePt, true)).height() + th.spacing;
}

int BarChartWidget::visibleBarCount() const
{
    const Theme &th = ThemeManager::current();
    const int avail = height() - 2 * th.padding - headerHeight();
    const int fit = std::max(0, avail / rowHeight());
    if (fit >= m_bars.size())
        return int(m_bars.size());
    return std::max(0, fit - 1); // the last row says how many more there are
}

QString BarChartWidget::valueText(int shownIndex) const
{
    const QList<Bar> bars = shownBars();
    if (shownIndex < 0 || shownIndex >= bars.size())
        return {};
    const double v = bars.at(shownIndex).value;
    const QString text = formatValue(v, m_unit);
    if (m_thresholds.isEmpty())
        return text;
    return Theme::statusGlyph(thresholdStatus(v, m_thresholds, m_direction)) + QLatin1Char(' ') +
           text;
}

void BarChartWidget::refreshAccessibleText()
{
    setAccessibleName(m_title);
    QStringList parts;
    const QList<Bar> bars = shownBars();
    for (qsizetype i = 0; i < bars.size() && i < 20; ++i)
        parts << bars.at(i).label + QStringLiteral(": ") + formatValue(bars.at(i).value, m_unit);
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QSize BarChartWidget::sizeHint() const
{
    const Theme &th = ThemeManager::current();
    const int rows = int(std::min<qsizetype>(m_bars.size(), 12));
    return QSize(QFontMetrics(th.font(th.normalPt)).averageCharWidth() * 48,
                 2 * th.padding + headerHeight() + std::max(rows, 3) * rowHeight());
}

QSize BarChartWidget::minimumSizeHint() const
{
    const Theme &th = ThemeManager::current();
    return QSize(QFontMetrics(th.font(th.normalPt)).averageCharWidth() * 24,
                 2 * th.padding + headerHeight() + 2 * rowHeight());
}

void BarChartWidget::paintEvent(QPaintEvent *)
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

    const QList<Bar> bars = shownBars();
    const QFont font = th.font(th.normalPt);
    const QFontMetrics fm(font);
    p.setFont(font);
    if (bars.isEmpty()) {
        p.setPen(th.textMuted);
        p.drawText(area.adjusted(0, y - area.top(), 0, 0), Qt::AlignCenter, tr("No data"));
        return;
    }
    const int shown = visibleBarCount();
    double maxValue = 0;
    int labelWidth = 0;
    int valueWidth = 0;
    for (int i = 0; i < shown; ++i) {
        const double v = bars.at(i).value;
        if (std::isfinite(v))
            maxValue = std::max(maxValue, v);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bars.at(i).label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueText(i)));
    }
    labelWidth = std::min(labelWidth, int(area.width() * 0.38));
    const int barLeft = area.left() + labelWidth + th.spacing;
    const int barSpace = std::max(1, area.right() - barLeft - valueWidth - th.spacing);
    const int row = rowHeight();
    for (int i = 0; i < shown; ++i) {
        const Bar &b = bars.at(i);
        p.setPen(th.text);
        // elidedText() can shorten a label that horizontalAdvance() says fits: only when needed.
        p.drawText(QRect(area.left(), y, labelWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                   fm.horizontalAdvance(b.label) <= labelWidth
                       ? b.label
                       : fm.elidedText(b.label, Qt::ElideMiddle, labelWidth));
        const double frac =
            maxValue > 0 && std::isfinite(b.value) ? std::clamp(b.value / maxValue, 0.0, 1.0) : 0.0;
        const int w = int(std::lround(frac * barSpace));
        const QColor colour =
            m_thresholds.isEmpty()
                ? th.seriesColour(0)
                : th.statusColour(thresholdStatus(b.value, m_thresholds, m_direction));
        const int barHeight = std::max(2, row - th.spacing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRect(barLeft, y + (row - barHeight) / 2, std::max(w, 1), barHeight),
                          th.radius / 2.0, th.radius / 2.0);
        p.setPen(th.text);
        p.drawText(QRect(barLeft + w + th.spacing, y, valueWidth + th.spacing, row),
                   Qt::AlignLeft | Qt::AlignVCenter, valueText(i));
        y += row;
    }
    if (shown < bars.size()) {
        p.setPen(th.textMuted);
        p.drawText(QRect(barLeft, y, area.right() - barLeft, row), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more").arg(bars.size() - shown));
    }
}

} // namespace Wk
