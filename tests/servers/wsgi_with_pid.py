"""The portal's WSGI application, each answer naming the server process that gave it.

Only for the tests that run real gunicorn workers: they must know that both workers answered.
"""

import os

from portal.wsgi import application as portal_application


def application(environ, start_response):
    def start(status, headers, exc_info=None):
        return start_response(status, [*headers, ("X-Server-Process", str(os.getpid()))], exc_info)

    return portal_application(environ, start)
