#include "widgets/thememanager.h"

#include <QCoreApplication>
#include <QPointer>

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

void ThemeManager::setTheme(const Theme &theme)
{
    m_theme = theme;
    Q_EMIT themeChanged();
}

void ThemeManager::setVariant(Theme::Variant variant)
{
    setTheme(variant == Theme::Variant::Wall ? Theme::wall() : Theme::desktop());
}

} // namespace Wk
