import torch

torch.manual_seed(0)

x, y = torch.randn(16, 3) * 2 + 1, torch.randn(16, 1)
k = 4
loss_fn = torch.nn.MSELoss()
model = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.BatchNorm1d(8), torch.nn.Linear(8, 1))


def accumulated_minus_big_batch():
    model.zero_grad()
    loss_fn(model(x), y).backward()
    big_batch = model[0].weight.grad.clone()
    model.zero_grad()
    for xb, yb in zip(x.chunk(k), y.chunk(k), strict=True):
        (loss_fn(model(xb), yb) / k).backward()
    return (model[0].weight.grad - big_batch).abs().max()


model.train()
in_training_mode = accumulated_minus_big_batch()
model[1].eval()
in_eval_mode = accumulated_minus_big_batch()
print(f"BatchNorm in training mode: max |accumulated - one batch of 16| = {in_training_mode:.4f}")
print(f"BatchNorm in eval mode:     max |accumulated - one batch of 16| = {in_eval_mode:.4f}")
