"""Evaluations on external labelled data (AVeriTeC, PolNeAR): each prints and returns its figures."""
