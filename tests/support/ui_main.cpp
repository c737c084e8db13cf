#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Widget tests run on the offscreen platform. It is chosen here, before the application object
// exists, because an environment setting from CMake is not seen when ctest discovers the tests.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopScopeTests"));
    QApplication::setApplicationName(QStringLiteral("ShopScopeTests"));
    QSettings().clear();
    // Assertions read English numbers ("1,500") whatever the machine's locale is.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return RUN_ALL_TESTS();
}
