#pragma once

#include "models/config/workspace.h"

#include <QWidget>

class QLabel;
class QScreen;
class QStackedWidget;

namespace Wk {

class DashboardPage;
class DashboardRunner;
class Session;

// One screen of the NOC wall: fullscreen, dark, no cursor, no dialogs. Rotates through its
// playlist; a header shows the dashboard, the clock and how fresh the data is, and a banner
// says when a target is lost without ever covering the last data.
class WallDisplay final : public QWidget
{
    Q_OBJECT
public:
    WallDisplay(Session *session, const DisplayConfig &config, QWidget *parent = nullptr);
    ~WallDisplay() override;

    const DisplayConfig &config() const { return m_config; }
    DashboardPage *currentPage() const;
    QList<DashboardRunner *> playlist() const;
    int currentIndex() const { return m_index; }
    void showIndex(int index);
    void next();

    // Puts the window fullscreen on its screen, or on the primary one if that screen is gone.
    void placeOnScreen();

    // Inspection for tests.
    bool isBannerVisible() const;
    QString bannerText() const;
    QString freshnessText() const;
    QPoint burnInOffset() const { return m_offset; }
    bool isDimmed() const;

Q_SIGNALS:
    void pageChanged(int index);

private:
    void tick();         // every second: clock, freshness, banner
    void shiftContent(); // burn-in care
    void scheduleRotation();

    Session *m_session; // not owned
    DisplayConfig m_config;
    QLabel *m_title;
    QLabel *m_clock;
    QLabel *m_freshness;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_dimmer;
    QList<DashboardPage *> m_pages;
    int m_index = 0;
    quint64 m_rotationTimer = 0;
    QPoint m_offset;
    int m_shiftStep = 0;
};

// All wall screens of one process, each with its own playlist. Keeps exactly the shown
// dashboards' runners active.
class WallController final : public QObject
{
    Q_OBJECT
public:
    WallController(Session *session, QList<DisplayConfig> displays, QObject *parent = nullptr);
    ~WallController() override;

    void show();
    const QList<WallDisplay *> &displays() const { return m_displays; }

private:
    void updateActiveRunners();
    void screenRemoved(QScreen *screen);

    Session *m_session;              // not owned
    QList<WallDisplay *> m_displays; // owned (top-level windows)
};

} // namespace Wk
