#pragma once

#include "models/core/clock.h"

#include <QListView>

namespace Wk {

class StatusTileDelegate;

// Health checks as a grid of tiles over any item model with Wk::HealthRoles (one row per target
// and check). Tiles fill the width; ages ("12 s ago") are repainted each second by the clock while
// the view is shown, and not at all while it is hidden.
class StatusGridView final : public QListView
{
    Q_OBJECT
public:
    explicit StatusGridView(QWidget *parent = nullptr);
    ~StatusGridView() override;

    // The time source for ages; not owned. Defaults to SystemClock::instance().
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    // Tiles not polled successfully for this long are greyed and marked stale (0: never).
    void setStaleAfterMs(qint64 ms);

    void setModel(QAbstractItemModel *model) override;

    StatusTileDelegate *tileDelegate() const { return m_delegate; }
    QStringList tileLines(int row) const; // the tile of `row` as plain text lines
    QSize tileSize() const;
    int columnCount() const { return m_columns; }
    bool isTicking() const { return m_tick != 0; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyTheme();
    void relayoutTiles();
    void scheduleTick();
    void stopTick();

    StatusTileDelegate *m_delegate; // owned through QObject parent
    Clock *m_clock;                 // not owned
    Clock::TimerId m_tick = 0;
    int m_columns = 1;
};

} // namespace Wk
