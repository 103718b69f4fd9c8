#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Wk {

// Paints one health check (a row of a model with Wk::HealthRoles) as a tile: a status badge with
// glyph and word, the check's duration, its name, target, message or poll error, and the age of
// its last successful poll. Smaller details (Brief: badge, name, message; Minimal: badge and
// name) let every check fit a small panel or a wall; the whole tile is then its tool tip.
class StatusTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using NowFunction = std::function<qint64()>;

    explicit StatusTileDelegate(NowFunction now, QObject *parent = nullptr);

    enum class Detail { Full, Brief, Minimal };

    void setTileWidth(int width);
    int tileWidth() const { return m_tileWidth; }
    void setDetail(Detail detail) { m_detail = detail; }
    Detail detail() const { return m_detail; }
    int tileHeight() const { return tileHeight(m_detail); } // from the theme's type sizes
    int tileHeight(Detail detail) const;
    // Tiles whose last poll is older than this are greyed and marked stale (0: never).
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }
    qint64 staleAfterMs() const { return m_staleAfterMs; }

    // The tile's lines as plain text, in reading order (for accessibility and tests).
    QStringList tileLines(const QModelIndex &index) const;
    bool isStale(const QModelIndex &index) const;
    // "12 s ago", or "never" without a successful poll.
    static QString ageText(qint64 updatedMs, qint64 nowMs);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    NowFunction m_now;
    int m_tileWidth = 260;
    Detail m_detail = Detail::Full;
    qint64 m_staleAfterMs = 0;
};

} // namespace Wk
