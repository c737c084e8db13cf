#include "WelcomePage.h"

#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(RecentFiles* recentFiles, QWidget* parent)
    : QWidget(parent)
    , m_recentFiles(recentFiles)
    , m_recent(new QListWidget(this))
{
    auto* title = new QLabel(tr("ShopScope"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    title->setFont(font);
    auto* subtitle = new QLabel(tr("Mystery-shopping programmes: questionnaires, waves and samples, shopper "
                                   "assignment, quality control, results and client-ready charts."),
                                this);
    subtitle->setWordWrap(true);

    auto* create = new QPushButton(tr("&New programme…"), this);
    auto* open = new QPushButton(tr("&Open programme…"), this);
    auto* demo = new QPushButton(tr("Create a &demo programme…"), this);
    for (QPushButton* button : {create, open, demo})
        button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
    auto* recentTitle = new QLabel(tr("Recent programmes"), this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(240);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(demo);
    column->addSpacing(16);
    column->addWidget(recentTitle);
    column->addWidget(m_recent);
    column->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recentFiles, &RecentFiles::changed, this, &WelcomePage::fillRecent);
    fillRecent();
    recentTitle->setVisible(true);
}

void WelcomePage::fillRecent()
{
    m_recent->clear();
    const QStringList files = m_recentFiles->files();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(QFileInfo(file).fileName(),
                                                                      QDir::toNativeSeparators(QFileInfo(file).absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent programmes yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}
