#include "CliApplication.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPSCOPE_VERSION));
    Translations::install(&application, qEnvironmentVariable("SHOPSCOPE_LANGUAGE"));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
