"""The shop's pages."""

from __future__ import annotations

from django.urls import path

from . import views

urlpatterns = [
    path("", views.index),
    path("cart/<str:product_id>", views.add_to_cart),
    path("login", views.login),
    path("logout", views.logout),
]
