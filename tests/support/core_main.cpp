#include <QCoreApplication>

#include <gtest/gtest.h>

// One application object per test binary, as Qt wants; created before any test runs.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopScopeTests"));
    return RUN_ALL_TESTS();
}
