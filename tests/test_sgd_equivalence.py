"""Tests that the re-implementation on the SGD page (snippets/sgd/sgd_step.py) matches
torch.optim.SGD bit for bit: parameters and momentum buffers compared with torch.equal after
every step, on 480 sampled runs (120 for each pair of dtype, float32 or float64, and path,
default or foreach) with random hyperparameters, shapes and missing gradients: a sample of the
input space, not all of it.

Loaded with runpy under another __name__, so the snippet's demo does not run here."""

import runpy

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.layout import REPO

SNIPPET = REPO.snippets / "sgd" / "sgd_step.py"
sgd_step = runpy.run_path(str(SNIPPET), run_name="sgd_step")["sgd_step"]

DTYPES = [torch.float32, torch.float64]
PATHS = {"default": {}, "foreach": {"foreach": True}}

shapes = st.lists(st.integers(1, 5), min_size=0, max_size=3).map(tuple)


@st.composite
def hyperparameters(draw):
    momentum = draw(st.one_of(st.just(0.0), st.floats(0.0, 0.99)))
    dampening = draw(st.one_of(st.just(0.0), st.floats(0.0, 1.0)))
    return dict(
        lr=draw(st.floats(1e-4, 1.0)),
        momentum=momentum,
        dampening=dampening,
        weight_decay=draw(st.one_of(st.just(0.0), st.floats(0.0, 0.1))),
        nesterov=draw(st.booleans()) and momentum > 0 and dampening == 0,
        maximize=draw(st.booleans()),
    )


@st.composite
def runs(draw):
    """Shapes of the parameters, and for every step which of them get a gradient."""
    param_shapes = draw(st.lists(shapes, min_size=1, max_size=4))
    steps = draw(st.integers(1, 4))
    has_grad = draw(
        st.lists(
            st.lists(st.booleans(), min_size=len(param_shapes), max_size=len(param_shapes)),
            min_size=steps,
            max_size=steps,
        )
    )
    return param_shapes, has_grad


def same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and torch.equal(a, b))


@pytest.mark.parametrize("path", PATHS, ids=list(PATHS))
@pytest.mark.parametrize("dtype", DTYPES, ids=["float32", "float64"])
@settings(derandomize=True, max_examples=120, deadline=None, database=None)
@given(hp=hyperparameters(), run=runs(), seed=st.integers(0, 2**32 - 1))
def test_sgd_step_equals_torch_optim_sgd(dtype, path, hp, run, seed):
    param_shapes, has_grad = run
    gen = torch.Generator().manual_seed(seed)
    start = [torch.randn(shape, generator=gen, dtype=dtype) for shape in param_shapes]
    ours = [t.clone() for t in start]
    theirs = [t.clone().requires_grad_() for t in start]
    optimizer = torch.optim.SGD(theirs, **hp, **PATHS[path])
    buffers = [None] * len(ours)
    # A torch bug, shown on the page (snippets/sgd/foreach_nesterov_grad.py): the foreach
    # path with Nesterov momentum, no weight decay and no maximize writes into p.grad.
    overwrites_grad = (
        path == "foreach" and hp["nesterov"] and not hp["weight_decay"] and not hp["maximize"]
    )

    for step_has_grad in has_grad:
        grads = [
            torch.randn(t.shape, generator=gen, dtype=dtype) if g else None
            for t, g in zip(start, step_has_grad, strict=True)
        ]
        for p, g in zip(theirs, grads, strict=True):
            p.grad = None if g is None else g.clone()
        sgd_step(ours, grads, buffers, **hp)
        optimizer.step()

        for mine, p in zip(ours, theirs, strict=True):
            assert torch.equal(mine, p.detach()), "parameters differ"
        for mine, p in zip(buffers, theirs, strict=True):
            assert same(mine, optimizer.state[p].get("momentum_buffer")), "momentum buffers differ"
        if not overwrites_grad:
            for p, g in zip(theirs, grads, strict=True):
                assert same(g, p.grad), "the optimizer changed a gradient"


@pytest.mark.parametrize(("momentum", "dampening"), [(0.0, 0.0), (0.9, 0.1)])
def test_nesterov_is_refused_like_torch(momentum, dampening):
    hp = dict(lr=0.1, momentum=momentum, dampening=dampening, nesterov=True)
    with pytest.raises(ValueError, match="Nesterov momentum requires") as theirs:
        torch.optim.SGD([torch.zeros(2, requires_grad=True)], **hp)
    with pytest.raises(ValueError, match="Nesterov momentum requires") as ours:
        sgd_step([torch.zeros(2)], [torch.ones(2)], [None], **hp)
    assert str(ours.value) == str(theirs.value)
