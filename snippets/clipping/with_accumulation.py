import torch

torch.manual_seed(0)

x, y = torch.randn(32, 4), torch.randn(32, 1) * 10
loss_fn = torch.nn.MSELoss()
k, max_norm = 4, 1.0


def one_update(how):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    optimizer.zero_grad()
    norms = []
    if how == "one batch of 32":
        loss_fn(model(x), y).backward()
        norms.append(torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm))
    else:
        for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
            (loss_fn(model(xb), yb) / k).backward()
            if how == "clip after every backward":
                norms.append(torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm))  # (1)!
        if how == "clip once, before step":
            norms.append(torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm))  # (2)!
    optimizer.step()
    print(f"{how:<26} norms seen by clipping: {' '.join(f'{n:.4f}' for n in norms)}")
    return torch.nn.utils.parameters_to_vector(model.parameters()).detach()


big = one_update("one batch of 32")
once = one_update("clip once, before step")
every = one_update("clip after every backward")
print("clip once:  same parameters as one batch:", torch.allclose(once, big))
print(
    "clip every: same parameters as one batch:",
    torch.allclose(every, big),
    f"(max abs difference {(every - big).abs().max():.4f})",
)
