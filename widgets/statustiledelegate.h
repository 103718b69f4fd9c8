#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Wk {

// Paints one health check (a row of a model with Wk::HealthRoles) as a tile: a status badge with
// glyph and word, the check's duration, its name, target, message or poll error, and the age of
// its last successful poll.
class StatusTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using NowFunction = std::function<qint64()>;

    explicit StatusTileDelegate(NowFunction now, QObject *parent = nullptr);

    void setTileWidth(int width);
    int tileWidth() const { return m_tileWidth; }
    int tileHeight() const; // from the theme's type sizes
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

private:
    NowFunction m_now;
    int m_tileWidth = 260;
    qint64 m_staleAfterMs = 0;
};

} // namespace Wk
