import torch

torch.manual_seed(0)

x = torch.randn(256, 5)
y = x @ torch.randn(5, 1) + 0.5 * torch.randn(256, 1)
mse = torch.nn.functional.mse_loss
design = torch.cat([x, torch.ones(256, 1)], dim=1)
lowest = mse(design @ torch.linalg.lstsq(design, y).solution, y).item()  # (1)!
print(f"lowest possible loss on all 256 samples: {lowest:.4f}")


def make_closure(model, optimizer, draw, new_batch_per_call):
    batch = draw()

    def closure():
        nonlocal batch
        if new_batch_per_call:
            batch = draw()  # (2)!
        optimizer.zero_grad()
        loss = mse(model(batch[0]), batch[1])
        loss.backward()
        return loss

    return closure


def run(label, batch_size, new_batch_per_call=False, line_search_fn=None):
    torch.manual_seed(1)
    model = torch.nn.Linear(5, 1)
    optimizer = torch.optim.LBFGS(model.parameters(), line_search_fn=line_search_fn)
    sampler = torch.Generator().manual_seed(2)

    def draw():
        if batch_size is None:
            return x, y
        index = torch.randint(0, 256, (batch_size,), generator=sampler)
        return x[index], y[index]

    losses = []
    for _ in range(5):
        optimizer.step(make_closure(model, optimizer, draw, new_batch_per_call))
        with torch.no_grad():
            losses.append(f"{mse(model(x), y).item():.4f}")  # (3)!
    print(f"{label}:\n  {', '.join(losses)}")


run("all 256 samples in every call", None)
run("a new mini-batch of 16 per step()", 16)
run("a new mini-batch of 16 per closure call", 16, new_batch_per_call=True)
run("the same, line_search_fn='strong_wolfe'", 16, True, "strong_wolfe")
