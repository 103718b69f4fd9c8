#include "widgets/stattile.h"

#include "widgets/decimate.h"
#include "widgets/thememanager.h"

#include <QPainterPath>

#include <cmath>
#include <limits>

namespace Wk {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

} // namespace

StatTile::StatTile(QWidget *parent)
    : QWidget(parent)
    , m_value(nan)
    , m_first(nan)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        updateGeometry();
        update();
    });
    refreshAccessibleText();
}

void StatTile::setTitle(const QString &title)
{
    m_title = title;
    refreshAccessibleText();
    update();
}

void StatTile::setUnit(Unit unit)
{
    m_unit = unit;
    refreshAccessibleText();
    update();
}

void StatTile::setValue(double value)
{
    m_value = value;
    refreshAccessibleText();
    update();
}

void StatTile::setSeries(const std::vector<Sample> &samples)
{
    m_series = samples;
    m_sparkWidth = -1;
    m_first = nan;
    m_value = nan;
    for (const Sample &s : m_series) {
        if (!std::isnan(s.v)) {
            if (std::isnan(m_first))
                m_first = s.v;
            m_value = s.v;
        }
    }
    refreshAccessibleText();
    update();
}

void StatTile::setThresholds(const QList<Threshold> &thresholds, ThresholdDirection direction)
{
    m_thresholds = thresholds;
    m_direction = direction;
    refreshAccessibleText();
    update();
}

void StatTile::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

void StatTile::setStale(bool stale, qint64 ageMs)
{
    m_stale = stale;
    m_ageMs = ageMs;
    refreshAccessibleText();
    update();
}

QString StatTile::valueText() const
{
    return formatValue(m_value, m_unit);
}

QString StatTile::deltaText() const
{
    if (m_series.empty() || std::isnan(m_first) || std::isnan(m_value))
        return {};
    const double diff = m_value - m_first;
    const QString arrow = diff > 0   ? QStringLiteral("\u2191")
                          : diff < 0 ? QStringLiteral("\u2193")
                                     : QStringLiteral("\u2192");
    if (m_first != 0) {
        const double pct = std::fabs(diff / m_first) * 100;
        return arrow + QLatin1Char(' ') + formatNumber(pct, pct >= 10 ? 3 : 2) +
               QStringLiteral(" %");
    }
    return arrow + QLatin1Char(' ') + formatValue(std::fabs(diff), m_unit);
}

HealthStatus StatTile::status() const
{
    return thresholdStatus(m_value, m_thresholds, m_direction);
}

QString StatTile::statusText() const
{
    return m_thresholds.isEmpty() ? QString() : Theme::statusLabel(status());
}

void StatTile::refreshAccessibleText()
{
    setAccessibleName(m_title);
    QStringList parts{valueText()};
    if (!m_thresholds.isEmpty())
        parts << healthStatusText(status());
    if (m_stale)
        parts << tr("data %1 old").arg(formatElapsed(m_ageMs));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

QSize StatTile::sizeHint() const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics big(th.font(th.bigPt, true));
    const QFontMetrics title(th.font(th.titlePt, true));
    const QFontMetrics small(th.font(th.smallPt));
    return QSize(big.horizontalAdvance(QStringLiteral("00.0 ms")) + 2 * th.padding,
                 title.height() + big.height() + 2 * small.height() + 2 * th.padding +
                     3 * th.spacing);
}

QSize StatTile::minimumSizeHint() const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics big(th.font(th.bigPt, true));
    const QFontMetrics title(th.font(th.titlePt, true));
    return QSize(big.horizontalAdvance(QStringLiteral("000")) + 2 * th.padding,
                 title.height() + big.height() + 2 * th.padding);
}

void StatTile::paintEvent(QPaintEvent *)
{
    const Theme &th = ThemeManager::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), th.window);
    const QRectF tile = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(th.border, 1));
    p.setBrush(th.surface);
    p.drawRoundedRect(tile, th.radius, th.radius);

    const HealthStatus st = status();
    const bool judged = !m_thresholds.isEmpty();
    const QRect area = rect().adjusted(th.padding, th.padding, -th.padding, -th.padding);
    int y = area.top();

    // Title, and the status badge on the right.
    const QFont titleFont = th.font(th.titlePt, true);
    const QFontMetrics titleFm(titleFont);
    int badgeWidth = 0;
    if (judged) {
        const QFont badgeFont = th.font(th.normalPt, true);
        const QFontMetrics bfm(badgeFont);
        const QString label = Theme::statusLabel(st);
        badgeWidth = bfm.horizontalAdvance(label) + th.padding;
        const QRect badge(area.right() - badgeWidth + 1, y, badgeWidth,
                          std::max(bfm.height(), titleFm.height()));
        p.setPen(Qt::NoPen);
        p.setBrush(th.statusColour(st));
        p.drawRoundedRect(badge, th.radius, th.radius);
        p.setFont(badgeFont);
        p.setPen(th.onStatus);
        p.drawText(badge, Qt::AlignCenter, label);
    }
    p.setFont(titleFont);
    p.setPen(th.textMuted);
    const int titleWidth = area.width() - badgeWidth - (judged ? th.spacing : 0);
    p.drawText(QRect(area.left(), y, titleWidth, titleFm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               titleFm.elidedText(m_title, Qt::ElideRight, titleWidth));
    y += titleFm.height() + th.spacing;

    // The change and the caption go under the number.
    const QFont smallFont = th.font(th.smallPt);
    const QFontMetrics smallFm(smallFont);
    QStringList notes;
    if (const QString delta = deltaText(); !delta.isEmpty())
        notes << delta;
    if (!m_caption.isEmpty())
        notes << m_caption;
    const int notesHeight = notes.isEmpty() ? 0 : smallFm.height() + th.spacing / 2;

    // The number, shrunk to fit the width and to leave room for the notes.
    QFont bigFont = th.font(th.bigPt, true);
    const QString text = valueText();
    const int room = area.bottom() + 1 - y - notesHeight;
    for (int pt = th.bigPt; pt > th.normalPt; pt -= std::max(1, pt / 10)) {
        bigFont.setPointSize(pt);
        const QFontMetrics fm(bigFont);
        if (fm.horizontalAdvance(text) <= area.width() && fm.height() <= room)
            break;
    }
    const QFontMetrics bigFm(bigFont);
    p.setFont(bigFont);
    p.setPen(th.text);
    p.drawText(QRect(area.left(), y, area.width(), bigFm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, text);
    y += bigFm.height();

    if (!notes.isEmpty()) {
        p.setFont(smallFont);
        p.setPen(th.textMuted);
        const QString line = notes.join(QStringLiteral("  \u00B7  "));
        p.drawText(QRect(area.left(), y, area.width(), smallFm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   smallFm.elidedText(line, Qt::ElideRight, area.width()));
        y += smallFm.height() + th.spacing / 2;
    }

    // The sparkline fills what is left.
    const QRect spark(area.left(), y, area.width(), area.bottom() - y);
    if (!m_series.empty() && spark.height() >= 8 && spark.width() >= 8) {
        if (m_sparkWidth != spark.width()) {
            m_sparkWidth = spark.width();
            m_spark = decimateMinMax(m_series, m_series.front().t, m_series.back().t,
                                     std::max(1, spark.width()));
        }
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        qint64 t0 = m_series.front().t;
        qint64 t1 = m_series.back().t;
        for (const QPointF &pt : std::as_const(m_spark)) {
            if (isGapPoint(pt))
                continue;
            lo = std::min(lo, pt.y());
            hi = std::max(hi, pt.y());
        }
        if (lo <= hi) {
            if (hi == lo) {
                hi += 1;
                lo -= 1;
            }
            const double tx = t1 > t0 ? spark.width() / double(t1 - t0) : 0;
            const double ty = spark.height() / (hi - lo);
            const QColor colour = judged ? th.statusColour(st) : th.seriesColour(0);
            QPainterPath line;
            bool start = true;
            for (const QPointF &pt : std::as_const(m_spark)) {
                if (isGapPoint(pt)) {
                    start = true;
                    continue;
                }
                const QPointF xy(spark.left() + (pt.x() - double(t0)) * tx,
                                 spark.bottom() - (pt.y() - lo) * ty);
                if (start)
                    line.moveTo(xy);
                else
                    line.lineTo(xy);
                start = false;
            }
            p.setPen(QPen(colour, std::max(1.0, th.lineWidth), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(line);
        }
    }

    if (m_stale) {
        p.setPen(Qt::NoPen);
        p.setBrush(th.staleWash);
        p.drawRoundedRect(tile, th.radius, th.radius);
        const QFont f = th.font(th.smallPt, true);
        p.setFont(f);
        p.setPen(th.text);
        p.drawText(area, Qt::AlignRight | Qt::AlignBottom,
                   Theme::statusGlyph(HealthStatus::Degraded) + QLatin1Char(' ') +
                       tr("data %1 old").arg(formatElapsed(m_ageMs)));
    }
}

} // namespace Wk
