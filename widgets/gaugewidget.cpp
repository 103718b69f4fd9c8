#include "widgets/gaugewidget.h"

#include "widgets/thememanager.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

namespace {

constexpr double startAngle = 210; // degrees, counter-clockwise from 3 o'clock
constexpr double sweep = 240;

} // namespace

GaugeWidget::GaugeWidget(QWidget *parent)
    : QWidget(parent)
    , m_value(std::numeric_limits<double>::quiet_NaN())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, [this] {
        updateGeometry();
        update();
    });
    refreshAccessibleText();
}

void GaugeWidget::setTitle(const QString &title)
{
    m_title = title;
    refreshAccessibleText();
    update();
}

void GaugeWidget::setUnit(Unit unit)
{
    m_unit = unit;
    refreshAccessibleText();
    update();
}

void GaugeWidget::setRange(double min, double max)
{
    m_min = std::min(min, max);
    m_max = std::max(min, max);
    update();
}

void GaugeWidget::setValue(double value)
{
    m_value = value;
    refreshAccessibleText();
    update();
}

void GaugeWidget::setThresholds(const QList<Threshold> &thresholds, ThresholdDirection direction)
{
    m_thresholds = thresholds;
    m_direction = direction;
    refreshAccessibleText();
    update();
}

double GaugeWidget::fraction() const
{
    if (std::isnan(m_value) || m_max <= m_min)
        return 0;
    return std::clamp((m_value - m_min) / (m_max - m_min), 0.0, 1.0);
}

QString GaugeWidget::valueText() const
{
    return formatValue(m_value, m_unit);
}

HealthStatus GaugeWidget::status() const
{
    return thresholdStatus(m_value, m_thresholds, m_direction);
}

QString GaugeWidget::statusText() const
{
    return Theme::statusLabel(status());
}

void GaugeWidget::refreshAccessibleText()
{
    setAccessibleName(m_title);
    setAccessibleDescription(valueText() + QStringLiteral(", ") + healthStatusText(status()));
}

QSize GaugeWidget::sizeHint() const
{
    const Theme &th = ThemeManager::current();
    const int w =
        QFontMetrics(th.font(th.bigPt, true)).horizontalAdvance(QStringLiteral("100 %")) * 2;
    return QSize(w, heightForWidth(w));
}

QSize GaugeWidget::minimumSizeHint() const
{
    const Theme &th = ThemeManager::current();
    const int w =
        QFontMetrics(th.font(th.titlePt, true)).horizontalAdvance(QStringLiteral("100 %")) * 2;
    return QSize(w, heightForWidth(w));
}

int GaugeWidget::heightForWidth(int width) const
{
    const Theme &th = ThemeManager::current();
    const QFontMetrics title(th.font(th.titlePt, true));
    const QFontMetrics badge(th.font(th.normalPt, true));
    // The arc's box is square; its lower quarter is open, where the badge goes.
    return title.height() + th.spacing + int(width * 0.82) + badge.height() + 2 * th.padding;
}

void GaugeWidget::paintEvent(QPaintEvent *)
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
    const QFont titleFont = th.font(th.titlePt, true);
    const QFontMetrics titleFm(titleFont);
    p.setFont(titleFont);
    p.setPen(th.textMuted);
    p.drawText(QRect(area.left(), area.top(), area.width(), titleFm.height()), Qt::AlignCenter,
               titleFm.elidedText(m_title, Qt::ElideRight, area.width()));

    const QFont badgeFont = th.font(th.normalPt, true);
    const QFontMetrics badgeFm(badgeFont);
    const int top = area.top() + titleFm.height() + th.spacing;
    const int bottom = area.bottom() - badgeFm.height() - th.spacing;
    const double side = std::min<double>(area.width(), (bottom - top) / 0.82);
    if (side < 16)
        return;
    const double ring = std::max(6.0, side * 0.11);
    const QRectF arcBox(area.center().x() - side / 2 + ring / 2, top + ring / 2, side - ring,
                        side - ring);

    auto arcIn = [&](const QRectF &box, double from, double to, const QColor &colour,
                     double width) {
        if (to <= from)
            return;
        QPainterPath path;
        path.arcMoveTo(box, startAngle - from * sweep);
        path.arcTo(box, startAngle - from * sweep, -(to - from) * sweep);
        p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    auto arc = [&](double from, double to, const QColor &colour, double width) {
        arcIn(arcBox, from, to, colour, width);
    };
    auto frac = [&](double v) {
        return m_max > m_min ? std::clamp((v - m_min) / (m_max - m_min), 0.0, 1.0) : 0.0;
    };

    // Track, then the threshold bands along the inner edge, then the value.
    arc(0, 1, th.grid, ring);
    if (!m_thresholds.isEmpty()) {
        QList<Threshold> sorted = m_thresholds;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
        const double band = std::max(2.0, ring * 0.28);
        const double inset = ring / 2 + band;
        const QRectF bandBox = arcBox.adjusted(inset, inset, -inset, -inset);
        double from = 0;
        for (qsizetype i = 0; i <= sorted.size(); ++i) {
            const double to = i < sorted.size() ? frac(sorted.at(i).value) : 1.0;
            HealthStatus level = HealthStatus::Healthy;
            if (m_direction == ThresholdDirection::HigherIsWorse)
                level = i == 0 ? HealthStatus::Healthy : sorted.at(i - 1).level;
            else
                level = i < sorted.size() ? sorted.at(i).level : HealthStatus::Healthy;
            const QColor c =
                m_direction == ThresholdDirection::HigherIsWorse
                    ? (i > 0 && sorted.at(i - 1).colour.isValid() ? sorted.at(i - 1).colour
                                                                  : th.statusColour(level))
                    : (i < sorted.size() && sorted.at(i).colour.isValid() ? sorted.at(i).colour
                                                                          : th.statusColour(level));
            arcIn(bandBox, from, to, c, band);
            from = to;
        }
    }
    const HealthStatus st = status();
    arc(0, fraction(), th.statusColour(st), ring);

    // The number in the middle, shrunk to fit inside the arc.
    const QString text = valueText();
    QFont bigFont = th.font(th.bigPt, true);
    const double inner = arcBox.width() - 2 * ring;
    for (int pt = th.bigPt; pt > th.smallPt; pt -= std::max(1, pt / 10)) {
        bigFont.setPointSize(pt);
        if (QFontMetrics(bigFont).horizontalAdvance(text) <= inner * 0.8)
            break;
    }
    p.setFont(bigFont);
    p.setPen(th.text);
    p.drawText(arcBox, Qt::AlignCenter, text);

    // The status badge under the arc.
    const QString label = statusText();
    const int bw = badgeFm.horizontalAdvance(label) + th.padding;
    const QRect badge(area.center().x() - bw / 2, int(arcBox.top() + side * 0.82 - ring / 2), bw,
                      badgeFm.height());
    p.setPen(Qt::NoPen);
    p.setBrush(th.statusColour(st));
    p.drawRoundedRect(badge, th.radius, th.radius);
    p.setFont(badgeFont);
    p.setPen(th.onStatus);
    p.drawText(badge, Qt::AlignCenter, label);
}

} // namespace Wk
