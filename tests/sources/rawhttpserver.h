#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback HTTP server whose answers are written byte for byte, so a test can send what a
// broken service sends: truncated bodies, endless redirects, silence ("HANG").
class RawHttpServer : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> responses; // path -> raw response
    int requests = 0;

    RawHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray req = s->readAll();
                    const QByteArray path = req.split(' ').value(1);
                    ++requests;
                    const QByteArray resp = responses.value(path, "HTTP/1.1 404 Not Found\r\n"
                                                                  "Content-Length: 0\r\n\r\n");
                    if (resp == "HANG")
                        return;
                    s->write(resp);
                    s->flush();
                    s->disconnectFromHost();
                });
            }
        });
    }

    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(serverPort())
                        .arg(QString::fromLatin1(path)));
    }

    static QByteArray ok(const QByteArray &body, const QByteArray &type = "application/json")
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
};
