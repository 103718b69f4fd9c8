#include "widgets/thememanager.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QStyle>

namespace Wk {

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_theme(Theme::desktop())
{}

ThemeManager *ThemeManager::instance()
{
    // Owned by the application object, so it goes away with it; a later application (tests may
    // make several) gets a fresh one.
    static QPointer<ThemeManager> manager;
    if (!manager)
        manager = new ThemeManager(QCoreApplication::instance());
    return manager;
}

namespace {

// The standard widgets (tables, forms, the settings window) in the theme's colours, so a dark
// wall theme is dark everywhere and not only on the painted panels.
QPalette paletteFor(const Theme &theme)
{
    QPalette p;
    const QColor onAccent = theme.accent.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white);
    p.setColor(QPalette::Window, theme.window);
    p.setColor(QPalette::WindowText, theme.text);
    p.setColor(QPalette::Base, theme.surface);
    p.setColor(QPalette::AlternateBase, theme.window);
    p.setColor(QPalette::Text, theme.text);
    p.setColor(QPalette::Button, theme.surface);
    p.setColor(QPalette::ButtonText, theme.text);
    p.setColor(QPalette::BrightText, theme.unhealthy);
    p.setColor(QPalette::Highlight, theme.accent);
    p.setColor(QPalette::HighlightedText, onAccent);
    p.setColor(QPalette::ToolTipBase, theme.surface);
    p.setColor(QPalette::ToolTipText, theme.text);
    p.setColor(QPalette::PlaceholderText, theme.textMuted);
    p.setColor(QPalette::Link, theme.accent);
    p.setColor(QPalette::Light, theme.border.lighter(130));
    p.setColor(QPalette::Midlight, theme.border);
    p.setColor(QPalette::Mid, theme.border.darker(120));
    p.setColor(QPalette::Dark, theme.border.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, theme.textMuted);
    return p;
}

} // namespace

void ThemeManager::setTheme(const Theme &theme)
{
    m_theme = theme;
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QApplication::setPalette(theme.variant == Theme::Variant::Wall
                                     ? paletteFor(theme)
                                     : QApplication::style()->standardPalette());
    }
    Q_EMIT themeChanged();
}

void ThemeManager::setVariant(Theme::Variant variant)
{
    setTheme(variant == Theme::Variant::Wall ? Theme::wall() : Theme::desktop());
}

} // namespace Wk
